package org.reluinr.plugins;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.commands.CtReconstructionCommand;
import org.reluinr.commands.SuperResolutionCommand;
import org.reluinr.api.FitInr;
import org.reluinr.core.fit.FitSettings;
import org.reluinr.core.tasks.CtTask;
import org.reluinr.core.tasks.RepresentationTask;
import org.reluinr.core.tasks.SuperResolutionTask;
import org.reluinr.fiji.Sweeps;

/**
 * A menu command that runs one task several times on the active plane (Compare Activations,
 * Select c). A first dialog asks for the task; the second shows the task's own fields, the
 * engine's main fields with that task's defaults, then the command's own; the engine's
 * advanced dialog leaves out what the command sets itself.
 */
abstract class SweepPlugin extends DialogPlugin {

    static final String TASK_KEY = "task";
    private static final String[] TASKS = {RepresentationTask.NAME, SuperResolutionTask.NAME, CtTask.NAME};
    private static final List<String> TASK_OPTION_KEYS = List.of("scale", AngleFields.RANGE, AngleFields.LIST,
            GroundTruthChoice.KEY);

    private final Set<String> setByCommand;
    private String task = RepresentationTask.NAME;

    /**
     * @param setByCommand engine keys the command sets itself (left out of the dialog)
     * @param ownKeys the command's own keys, after the task's
     */
    SweepPlugin(String command, Set<String> setByCommand, String... ownKeys) {
        super(command, keys(setByCommand, ownKeys));
        this.setByCommand = setByCommand;
    }

    private static Set<String> keys(Set<String> setByCommand, String... ownKeys) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(TASK_KEY);
        EngineDialog.KEYS.stream().filter(k -> !setByCommand.contains(k)).forEach(keys::add);
        keys.addAll(TASK_OPTION_KEYS);
        keys.addAll(List.of(ownKeys));
        return keys;
    }

    /** The engine defaults the command starts from for a task. */
    FitSettings defaults(String taskName) {
        return switch (taskName) {
            case SuperResolutionTask.NAME -> SuperResolutionTask.defaults();
            case CtTask.NAME -> CtTask.defaults();
            default -> RepresentationTask.defaults();
        };
    }

    /** Adds the command's own fields, after the task's. */
    abstract void addOwnFields(GenericDialog gd);

    /** Reads the command's own fields and runs it. */
    abstract ImagePlus run(ImagePlus input, Sweeps.Task task, FitSettings settings, GenericDialog gd);

    @Override
    boolean prepare() {
        GenericDialog gd = new GenericDialog(dialogTitle());
        gd.addChoice(TASK_KEY, TASKS, RepresentationTask.NAME);
        gd.addMessage("fit: the image itself; superres: a low-resolution image; ct: a sinogram (one row per angle)");
        gd.showDialog();
        if (gd.wasCanceled()) {
            return false;
        }
        task = gd.getNextChoice();
        return true;
    }

    @Override
    void addFields(GenericDialog gd, ImagePlus input) {
        switch (task) {
            case SuperResolutionTask.NAME -> {
                gd.addNumericField("scale", 4, 0);
                GroundTruthChoice.add(gd);
            }
            case CtTask.NAME -> {
                AngleFields.add(gd);
                GroundTruthChoice.add(gd);
            }
            default -> {
            }
        }
        EngineDialog.addMain(gd, defaults(task), null);
        addOwnFields(gd);
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        Sweeps.Task bound = switch (task) {
            case SuperResolutionTask.NAME -> {
                int scale = SuperResolutionTask.requireScale(integer(gd, "scale"));
                ImagePlus truth = GroundTruthChoice.read(gd);
                yield new Sweeps.Task(task, scale, s -> SuperResolutionCommand.planeTask(s, scale, truth, 1));
            }
            case CtTask.NAME -> {
                double range = number(gd, AngleFields.RANGE);
                String list = gd.getNextString();
                ImagePlus truth = GroundTruthChoice.read(gd);
                yield new Sweeps.Task(task, 1, s -> CtReconstructionCommand.planeTask(input, s, range, list, truth));
            }
            default -> new Sweeps.Task(task, 1,
                    s -> (k, plane, listener, cancel) -> FitInr.fit(plane, s, listener, cancel));
        };
        FitSettings settings = EngineDialog.read(gd, defaults(task), setByCommand, dialogTitle(), null);
        return settings == null ? null : run(input, bound, settings, gd);
    }
}
