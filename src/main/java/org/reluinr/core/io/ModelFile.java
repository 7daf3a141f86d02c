package org.reluinr.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.reluinr.core.Version;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.fit.Setting;
import org.reluinr.core.fit.TrainingStep;
import org.reluinr.core.grid.CoordinateGrid;
import org.reluinr.core.image.IntensityRange;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.model.VoxelSize;
import org.reluinr.core.nn.MlpSpec;

/**
 * The model file format (extension {@code .inr}, format version {@value #FORMAT_VERSION}): a
 * zip archive of two entries, in this order.
 * <ul>
 * <li>{@code model.json}: UTF-8 JSON with {@code format} = "relu-inr-model",
 * {@code format_version}, {@code relu_inr_version}, {@code task}, {@code grid} (training grid
 * sizes, x first), {@code extent} (each axis's half-extent in network coordinates),
 * {@code voxel_size} and {@code unit} (a training pixel's physical size), {@code channels} (each channel's output {@code min} and {@code max}: the
 * network's [0, 1] maps to [min, max]), {@code settings} (architecture, activation and
 * training settings under the command line's keys), {@code tensors} (name and number of
 * values of each trainable tensor, in order), {@code weights} (entry name, encoding
 * "float32-le", number of values) and {@code metrics} (the fit's metrics and task values).</li>
 * <li>{@code weights.bin}: every tensor's values in order, little-endian IEEE float32.</li>
 * </ul>
 * Reading validates everything (format and version, value types and ranges, tensor names and
 * sizes against the architecture, entry sizes, finite weights) before allocating more than
 * the header, and refuses any problem with an {@link InvalidModelException}.
 */
public final class ModelFile {

    public static final String FORMAT = "relu-inr-model";
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".inr";

    static final String HEADER_ENTRY = "model.json";
    static final String WEIGHTS_ENTRY = "weights.bin";
    private static final int MAX_HEADER_BYTES = 1 << 20;
    /** Limits that keep a hostile header from asking for absurd memory. */
    private static final Map<Setting, Integer> SETTING_MAXIMA = Map.of(Setting.WIDTH, 4096, Setting.HIDDEN_LAYERS, 64);
    private static final int MAX_CHANNELS = 64;
    private static final int MAX_GRID_SIZE = 1 << 20;
    private static final long MAX_PARAMETERS = 1L << 26;

    private ModelFile() {
    }

    /**
     * Refuses a model file that could not be written, before any training is spent on it: its
     * folder must exist and be writable, and the path must not be a folder.
     */
    public static void requireWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("model_file " + file + " is a folder; give a file name, e.g. "
                    + file.resolve("model" + EXTENSION));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("model_file: the folder " + folder + " does not exist; create it or"
                    + " choose another");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("model_file: the folder " + folder + " is not writable");
        }
    }

    /**
     * @param metrics the fit's metrics (settings and version are written separately and left out)
     */
    public static void write(Path file, InrModel model, Map<String, Object> metrics) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("format_version", FORMAT_VERSION);
        header.put("relu_inr_version", Version.get());
        header.put("task", model.task());
        header.put("grid", toList(model.gridSizes()));
        header.put("extent", toList(model.grid().extents()));
        header.put("voxel_size", toList(model.voxelSize().sizes()));
        header.put("unit", model.voxelSize().unit());
        List<Object> channels = new ArrayList<>();
        for (int ch = 0; ch < model.channels(); ch++) {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("min", (double) model.outputRange().min(ch));
            range.put("max", (double) model.outputRange().max(ch));
            channels.add(range);
        }
        header.put("channels", channels);
        header.put("settings", model.settings().asMap());
        List<Object> tensors = new ArrayList<>();
        long values = 0;
        for (MlpSpec.Tensor t : model.spec().tensors()) {
            tensors.add(new LinkedHashMap<>(Map.of("name", t.name(), "size", t.size())));
            values += t.size();
        }
        header.put("tensors", tensors);
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("entry", WEIGHTS_ENTRY);
        weights.put("encoding", "float32-le");
        weights.put("values", values);
        header.put("weights", weights);
        Map<String, Object> record = new LinkedHashMap<>(metrics);
        record.remove("settings");
        record.remove("version");
        header.put("metrics", record);

        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(HEADER_ENTRY));
            zip.write(Json.write(header).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(WEIGHTS_ENTRY));
            for (int i = 0; i < model.tensorCount(); i++) {
                float[] v = model.parameters(i);
                ByteBuffer bytes = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(v);
                zip.write(bytes.array());
            }
            zip.closeEntry();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads and validates a model file; any problem is an {@link InvalidModelException} naming the file. */
    public static Loaded read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (InvalidModelException e) {
            throw new InvalidModelException("model file " + file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidModelException("model file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** A model read from a file, with the header's metrics. */
    public record Loaded(InrModel model, Map<String, Object> metrics, String writtenBy) {
    }

    static Loaded read(InputStream in) {
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals(HEADER_ENTRY)) {
                throw new InvalidModelException("not a ReLU-INR model (its first entry is not " + HEADER_ENTRY + ")");
            }
            Map<String, Object> header = header(readEntry(zip, MAX_HEADER_BYTES, HEADER_ENTRY));
            Header h = Header.of(header);
            entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals(WEIGHTS_ENTRY)) {
                throw new InvalidModelException("the second entry is not " + WEIGHTS_ENTRY);
            }
            float[][] parameters = weights(zip, h.tensors());
            if (zip.getNextEntry() != null) {
                throw new InvalidModelException("unexpected entry after " + WEIGHTS_ENTRY);
            }
            InrModel model = new InrModel(h.task(), h.settings(), h.grid(), h.voxelSize(), h.range(), parameters);
            return new Loaded(model, h.metrics(), h.writtenBy());
        } catch (InvalidModelException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            // The zip reader reports damaged entry names as IllegalArgumentException.
            throw new InvalidModelException("the file is damaged: " + e.getMessage());
        }
    }

    private static Map<String, Object> header(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidModelException(HEADER_ENTRY + " is not UTF-8 text");
        }
        try {
            if (JsonReader.parse(text) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> header = (Map<String, Object>) map;
                return header;
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(HEADER_ENTRY + ": " + e.getMessage());
        }
        throw new InvalidModelException(HEADER_ENTRY + " is not a JSON object");
    }

    /** Reads an entry of at most {@code limit} bytes. */
    private static byte[] readEntry(InputStream in, int limit, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw new InvalidModelException(name + " is larger than " + limit + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads exactly the tensors' values (sizes already validated) and checks that they are finite. */
    private static float[][] weights(InputStream in, List<MlpSpec.Tensor> tensors) throws IOException {
        float[][] parameters = new float[tensors.size()][];
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < tensors.size(); i++) {
            MlpSpec.Tensor t = tensors.get(i);
            float[] values = new float[t.size()];
            int filled = 0;
            while (filled < values.length) {
                int want = Math.min(buffer.length, 4 * (values.length - filled));
                int got = in.readNBytes(buffer, 0, want);
                if (got < want) {
                    throw new InvalidModelException(WEIGHTS_ENTRY + " ends inside tensor " + t.name()
                            + " (truncated file?)");
                }
                ByteBuffer.wrap(buffer, 0, got).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values, filled,
                        got / 4);
                filled += got / 4;
            }
            for (int k = 0; k < values.length; k++) {
                if (!Float.isFinite(values[k])) {
                    throw new InvalidModelException("tensor " + t.name() + " holds a non-finite value at index " + k);
                }
            }
            parameters[i] = values;
        }
        if (in.read() >= 0) {
            throw new InvalidModelException(WEIGHTS_ENTRY + " is longer than its tensors");
        }
        return parameters;
    }

    private static List<Object> toList(int[] values) {
        return Arrays.stream(values).boxed().collect(Collectors.toList());
    }

    private static List<Object> toList(double[] values) {
        return Arrays.stream(values).boxed().collect(Collectors.toList());
    }

    /** The validated header. */
    private record Header(String task, FitSettings settings, CoordinateGrid grid, VoxelSize voxelSize,
            IntensityRange range,
            List<MlpSpec.Tensor> tensors, Map<String, Object> metrics, String writtenBy) {

        static Header of(Map<String, Object> h) {
            Object format = h.get("format");
            if (!FORMAT.equals(format)) {
                throw new InvalidModelException("not a ReLU-INR model (format is " + Json.write(format).trim() + ")");
            }
            int version = HeaderValues.integer(h, "format_version", 1, Integer.MAX_VALUE);
            if (version > FORMAT_VERSION) {
                throw new InvalidModelException("format version " + version + " is newer than this ReLU-INR reads ("
                        + FORMAT_VERSION + "); update ReLU-INR");
            }
            String writtenBy = HeaderValues.string(h, "relu_inr_version");
            String task = HeaderValues.string(h, "task");
            List<Object> gridList = HeaderValues.list(h, "grid", 1, 3);
            int[] grid = new int[gridList.size()];
            for (int a = 0; a < grid.length; a++) {
                grid[a] = HeaderValues.integer(gridList.get(a), "grid[" + a + "]", 1, MAX_GRID_SIZE);
            }
            double[] extent = HeaderValues.positives(h, "extent", grid.length);
            VoxelSize voxelSize = new VoxelSize(HeaderValues.positives(h, "voxel_size", grid.length),
                    HeaderValues.string(h, "unit"));
            CoordinateGrid coordinates;
            try {
                coordinates = new CoordinateGrid(grid, extent);
            } catch (IllegalArgumentException e) {
                throw new InvalidModelException("grid: " + e.getMessage());
            }
            List<Object> channels = HeaderValues.list(h, "channels", 1, MAX_CHANNELS);
            float[] min = new float[channels.size()];
            float[] max = new float[channels.size()];
            for (int ch = 0; ch < min.length; ch++) {
                Map<String, Object> c = HeaderValues.object(channels.get(ch), "channels[" + ch + "]");
                min[ch] = HeaderValues.finiteFloat(c, "min");
                max[ch] = HeaderValues.finiteFloat(c, "max");
            }
            FitSettings settings = HeaderValues.settings(HeaderValues.object(h.get("settings"), "settings"),
                    SETTING_MAXIMA);
            MlpSpec spec = TrainingStep.networkSpec(coordinates, min.length, settings);
            if (spec.parameterCount() > MAX_PARAMETERS) {
                throw new InvalidModelException("the network has " + spec.parameterCount() + " parameters, more than "
                        + MAX_PARAMETERS);
            }
            List<MlpSpec.Tensor> expected = spec.tensors();
            List<Object> tensors = HeaderValues.list(h, "tensors", expected.size(), expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Map<String, Object> t = HeaderValues.object(tensors.get(i), "tensors[" + i + "]");
                String name = HeaderValues.string(t, "name");
                long size = HeaderValues.integer(t, "size", 0, Integer.MAX_VALUE);
                if (!name.equals(expected.get(i).name()) || size != expected.get(i).size()) {
                    throw new InvalidModelException("tensor " + i + " is " + name + " of " + size
                            + " values; the architecture in settings needs " + expected.get(i).name() + " of "
                            + expected.get(i).size());
                }
            }
            Map<String, Object> weights = HeaderValues.object(h.get("weights"), "weights");
            if (!WEIGHTS_ENTRY.equals(weights.get("entry")) || !"float32-le".equals(weights.get("encoding"))
                    || HeaderValues.integer(weights, "values", 0, Integer.MAX_VALUE) != spec.parameterCount()) {
                throw new InvalidModelException("weights must name " + WEIGHTS_ENTRY + ", float32-le, "
                        + spec.parameterCount() + " values");
            }
            Map<String, Object> metrics = h.get("metrics") == null ? Map.of()
                    : HeaderValues.object(h.get("metrics"), "metrics");
            return new Header(task, settings, coordinates, voxelSize, new IntensityRange(min, max), expected, metrics,
                    writtenBy);
        }
    }
}
