package org.reluinr.core.fit;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.reluinr.core.nn.Activations;
import org.reluinr.core.nn.Precision;

/**
 * The network and training settings every fitting task shares, each defined once: its
 * snake_case key, kind of value, accepted range, help, and how it is read from
 * {@link FitSettings} and applied to a {@link FitSettings.Builder}. The command line, the
 * dialogs and their macro keys, the model header, the SciJava commands' fields and the README's
 * option table are made from or checked against these definitions, in this order (the dialogs'
 * order: iterations, then what shapes the result most). Defaults are
 * {@link FitSettings#builder()}'s; superres and ct start from their own.
 */
public enum Setting {

    ITERATIONS("iterations", Kind.INTEGER, Range.POSITIVE, SettingHelp.ITERATIONS, "(more: better fit, longer run)", 0,
            FitSettings::iterations, (b, t) -> b.iterations(Integer.parseInt(t))),
    C("c", Kind.NUMBER, Range.POSITIVE, SettingHelp.C, null, 2, FitSettings::c, (b, t) -> b.c(Double.parseDouble(t))),
    TV_WEIGHT("tv_weight", Kind.TEXT, Range.zeroMeans("off"), SettingHelp.TV_WEIGHT, null, 0,
            s -> s.tvWeightAuto() ? s.tvWeightText() : s.tvWeight(),
            (b, t) -> b.tvWeight(FitSettings.parseTvWeight(t))),
    PATH_NORM_WEIGHT("path_norm_weight", Kind.NUMBER, Range.zeroMeans("off"), SettingHelp.PATH_NORM_WEIGHT, "(0: off)",
            8, FitSettings::pathNormWeight, (b, t) -> b.pathNormWeight(Double.parseDouble(t))),
    WIDTH("width", Kind.INTEGER, Range.POSITIVE, SettingHelp.WIDTH, "neurons per layer", 0, FitSettings::width,
            (b, t) -> b.width(Integer.parseInt(t))),
    HIDDEN_LAYERS("hidden_layers", Kind.INTEGER, Range.POSITIVE, SettingHelp.HIDDEN_LAYERS, null, 0,
            FitSettings::hiddenLayers, (b, t) -> b.hiddenLayers(Integer.parseInt(t))),
    LEARNING_RATE("learning_rate", Kind.NUMBER, Range.POSITIVE, SettingHelp.LEARNING_RATE, null, 5,
            FitSettings::learningRate, (b, t) -> b.learningRate(Double.parseDouble(t))),
    SEED("seed", Kind.INTEGER, Range.ANY, SettingHelp.SEED, null, 0, FitSettings::seed,
            (b, t) -> b.seed(Long.parseLong(t))),
    STOP_LOSS("stop_loss", Kind.NUMBER, Range.zeroMeans("off"), SettingHelp.STOP_LOSS, "(0: off)", 8,
            FitSettings::stopLoss, (b, t) -> b.stopLoss(Double.parseDouble(t))),
    WEIGHT_DECAY("weight_decay", Kind.NUMBER, Range.zeroMeans("off"), SettingHelp.WEIGHT_DECAY, "(0: off)", 8,
            FitSettings::weightDecay, (b, t) -> b.weightDecay(Double.parseDouble(t))),
    BATCH_SIZE("batch_size", Kind.INTEGER, Range.zeroMeans("full batch"), SettingHelp.BATCH_SIZE, "(0: full batch)", 0,
            FitSettings::batchSize, (b, t) -> b.batchSize(Integer.parseInt(t))),
    ACTIVATION("activation", Kind.CHOICE, Range.ANY, SettingHelp.ACTIVATION, null, 0, FitSettings::activation,
            FitSettings.Builder::activation),
    OMEGA0("omega0", Kind.NUMBER, Range.zeroMeans("the activation's default"), SettingHelp.OMEGA0,
            "(siren, wire; 0: default)", 2, FitSettings::omega0, (b, t) -> b.omega0(Double.parseDouble(t))),
    SIGMA0("sigma0", Kind.NUMBER, Range.POSITIVE, SettingHelp.SIGMA0, "(gauss, wire)", 2, FitSettings::sigma0,
            (b, t) -> b.sigma0(Double.parseDouble(t))),
    LINEAR_LAYERS("linear_layers", Kind.BOOLEAN, Range.ANY, SettingHelp.LINEAR_LAYERS, null, 0,
            FitSettings::linearLayers, (b, t) -> b.linearLayers(bool(t))),
    LEARN_C("learn_c", Kind.BOOLEAN, Range.ANY, SettingHelp.LEARN_C, null, 0, FitSettings::learnC,
            (b, t) -> b.learnC(bool(t))),
    PRECISION("precision", Kind.CHOICE, Range.ANY, SettingHelp.PRECISION, null, 0, FitSettings::precision,
            FitSettings.Builder::precision);

    /** The kind of value a setting takes, which decides how front doors ask for it. */
    public enum Kind {
        INTEGER("an integer"), NUMBER("a number"), BOOLEAN("true or false"), CHOICE("one of the choices"),
        /** Free text with its own parser (tv_weight: auto or a number). */
        TEXT("text");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    /**
     * The values an integer or number setting accepts: any, or positive, and 0 too where 0 has a
     * meaning ({@code zero}, e.g. "off").
     */
    public record Range(boolean any, String zero) {

        public static final Range ANY = new Range(true, null);
        public static final Range POSITIVE = new Range(false, null);

        static Range zeroMeans(String meaning) {
            return new Range(false, meaning);
        }

        boolean accepts(double value) {
            return any || Double.isFinite(value) && (value > 0 || zero != null && value == 0);
        }

        String rule(String noun) {
            return zero == null ? "a positive " + noun : "0 (" + zero + ") or a positive " + noun;
        }
    }

    private final String key;
    private final Kind kind;
    private final Range range;
    private final String help;
    private final String hint;
    private final int decimals;
    private final Function<FitSettings, Object> value;
    private final BiConsumer<FitSettings.Builder, String> apply;

    Setting(String key, Kind kind, Range range, String help, String hint, int decimals,
            Function<FitSettings, Object> value, BiConsumer<FitSettings.Builder, String> apply) {
        this.key = key;
        this.kind = kind;
        this.range = range;
        this.help = help;
        this.hint = hint;
        this.decimals = decimals;
        this.value = value;
        this.apply = apply;
    }

    /** The setting with this key, or null. */
    public static Setting of(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public Range range() {
        return range;
    }

    public String help() {
        return help;
    }

    /** A few words shown beside a dialog's field (units, what 0 means), or null. */
    public String hint() {
        return hint;
    }

    /** Decimals a dialog shows a number with. */
    public int decimals() {
        return decimals;
    }

    /** The values a {@link Kind#CHOICE} takes. */
    public List<String> choices() {
        return this == ACTIVATION ? Activations.NAMES : this == PRECISION ? Precision.KEYS : List.of();
    }

    /** Whether the settings of this activation use this one (c, learn_c, omega0 and sigma0 belong to some activations). */
    public boolean usedBy(String activation) {
        return Activations.NAMES.stream().noneMatch(a -> Activations.parameterKeys(a).contains(key))
                || Activations.parameterKeys(activation).contains(key);
    }

    /** The value in settings: an Integer, Long, Double, Boolean or String ("auto" for tv_weight). */
    public Object value(FitSettings settings) {
        return value.apply(settings);
    }

    /** The value as users type it. */
    public String text(FitSettings settings) {
        return String.valueOf(value(settings));
    }

    /**
     * Parses text as users type it into the builder; text that is not of this kind throws an
     * {@link IllegalArgumentException} naming the key ({@link FitSettings.Builder#build()}
     * checks the range).
     */
    public FitSettings.Builder apply(FitSettings.Builder builder, String text) {
        String t = text.trim();
        try {
            apply.accept(builder, t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " expects " + kind.expected + ", got '" + text + "'");
        }
        return builder;
    }

    /** An integer in range, or an exception naming the key. */
    int check(int value) {
        if (!range.accepts(value)) {
            throw new IllegalArgumentException(key + " must be " + range.rule("integer") + ", got " + value);
        }
        return value;
    }

    /** A number in range, or an exception naming the key. */
    double check(double value) {
        if (!range.accepts(value)) {
            throw new IllegalArgumentException(key + " must be " + range.rule("number") + ", got " + value);
        }
        return value;
    }

    private static boolean bool(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new NumberFormatException(text);
    }
}
