package org.reluinr.commands;

import ij.ImagePlus;
import ij.WindowManager;

import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * Fills a required ImagePlus input that the caller left open with ImageJ's active image
 * (optional ones, such as a ground truth, stay empty). Fiji's legacy layer may do the same
 * earlier; an input already set is left alone.
 */
@Plugin(type = PreprocessorPlugin.class, priority = Priority.VERY_HIGH)
public class ActiveImagePreprocessor extends AbstractPreprocessorPlugin {

    @Override
    public void process(Module module) {
        for (ModuleItem<?> item : module.getInfo().inputs()) {
            if (item.getType() == ImagePlus.class && item.isRequired() && !module.isInputResolved(item.getName())
                    && module.getInput(item.getName()) == null) {
                ImagePlus active = WindowManager.getCurrentImage();
                if (active != null) {
                    module.setInput(item.getName(), active);
                    module.resolveInput(item.getName());
                }
            }
        }
    }
}
