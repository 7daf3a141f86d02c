package org.reluinr.fiji;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import ij.ImagePlus;

import org.reluinr.core.image.FloatImage;
import org.reluinr.core.io.ModelFile;
import org.reluinr.core.model.InrModel;
import org.reluinr.imagej.ImageFiles;
import org.reluinr.imagej.ImagePlusConverter;

/** Renders a saved model into a new calibrated image: what Render INR Model does, menu or script. */
public final class ModelRendering {

    private ModelRendering() {
    }

    /**
     * @param width pixels along x, 0 for the training width (likewise height and depth)
     * @param region "x0,y0,x1,y1" (volumes "x0,y0,z0,x1,y1,z1") in training pixels; blank for all
     * @param isotropic whether to choose the depth that makes the voxels as deep as they are wide
     */
    public static ImagePlus render(Path file, int width, int height, int depth, String region, boolean isotropic) {
        if (file == null) {
            throw new IllegalArgumentException("model_file is empty; choose a model saved by a ReLU-INR command");
        }
        int[] requested = {width, height, depth};
        for (int r : requested) {
            if (r < 0) {
                throw new IllegalArgumentException("width, height and depth must be 0 (training size) or positive");
            }
        }
        ModelFile.Loaded loaded = ModelFile.read(file);
        InrModel model = loaded.model();
        int[] sizes = model.gridSizes();
        if (depth > 0 && sizes.length < 3) {
            throw new IllegalArgumentException("depth applies to volume models; " + file.getFileName() + " is 2D: set"
                    + " depth = 0");
        }
        for (int a = 0; a < sizes.length; a++) {
            if (requested[a] > 0) {
                sizes[a] = requested[a];
            }
        }
        String regionText = region == null ? "" : region;
        double[][] extent = model.parseRegion(regionText);
        if (isotropic) {
            if (depth > 0) {
                throw new IllegalArgumentException("give either depth or isotropic, not both: set depth = 0");
            }
            sizes[2] = model.isotropicDepth(sizes[0], extent);
        }
        FloatImage image = model.render(sizes, extent);
        ImagePlus output = ImagePlusConverter.toFloatImagePlus(image, ImageFiles.baseName(file) + "-render",
                model.renderedVoxelSize(sizes, extent));
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
