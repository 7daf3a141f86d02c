package org.reluinr.plugins;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import ij.ImagePlus;
import ij.gui.GenericDialog;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.io.ModelFile;
import org.reluinr.fiji.ResultImages;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.ImagePlusConverter;

/**
 * Plugins &gt; ReLU-INR &gt; Render INR Model...: samples a saved model on a grid of any size
 * over any region of its training extent (pixel units of the training grid, ends included).
 * Sizes of 0 keep the training size; an empty region is the whole extent.
 */
public class RenderModelPlugin extends DialogPlugin {

    public RenderModelPlugin() {
        super("Render INR Model...", Set.of(ModelFileField.KEY, "width", "height", "depth", "region"));
    }

    @Override
    boolean needsImage() {
        return false;
    }

    @Override
    void addFields(GenericDialog gd) {
        ModelFileField.add(gd);
        gd.addNumericField("width", 0, 0, 8, "(0: training width)");
        gd.addNumericField("height", 0, 0, 8, "(0: training height)");
        gd.addNumericField("depth", 0, 0, 8, "(volumes; 0: training depth)");
        gd.addStringField("region", "", 30);
        gd.addMessage("region: x0,y0,x1,y1 (volumes x0,y0,z0,x1,y1,z1) in training pixels; empty: all");
    }

    @Override
    ImagePlus compute(ImagePlus input, GenericDialog gd) {
        Path file = ModelFileField.read(gd);
        if (file == null) {
            throw new IllegalArgumentException("model_file is empty; choose a model saved by a ReLU-INR command");
        }
        int[] requested = {integer(gd, "width"), integer(gd, "height"), integer(gd, "depth")};
        String regionText = gd.getNextString();
        ModelFile.Loaded loaded = ModelFile.read(file);
        InrModel model = loaded.model();
        int[] sizes = model.gridSizes();
        if (requested[2] > 0 && sizes.length < 3) {
            throw new IllegalArgumentException("depth applies to volume models; " + file.getFileName() + " is 2D: set"
                    + " depth = 0");
        }
        for (int a = 0; a < sizes.length; a++) {
            if (requested[a] < 0) {
                throw new IllegalArgumentException("width, height and depth must be 0 (training size) or positive");
            }
            if (requested[a] > 0) {
                sizes[a] = requested[a];
            }
        }
        double[][] region = model.parseRegion(regionText);
        FloatImage image = model.render(sizes, region);
        String title = ImageFiles.baseName(file) + "-render";
        ImagePlus output = ImagePlusConverter.toFloatImagePlus(image, title, model.renderedVoxelSize(sizes, region));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model_file", file);
        record.put("region", regionText.isBlank() ? "all" : regionText);
        record.put("task", model.task());
        record.put("written_by", loaded.writtenBy());
        record.putAll(model.settings().asMap());
        output.setProperty("Info", ResultImages.info(record));
        return output;
    }
}
