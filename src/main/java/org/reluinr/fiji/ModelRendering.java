package org.reluinr.fiji;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;

import org.reluinr.core.io.ModelFile;
import org.reluinr.core.model.InrModel;
import org.reluinr.core.model.RenderRequest;
import org.reluinr.core.tasks.FittedPositions;
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
        ModelFile.Loaded loaded = ModelFile.read(file);
        InrModel model = loaded.model();
        String regionText = region == null ? "" : region;
        RenderRequest request = RenderRequest.of(model, new int[] {width, height, depth}, regionText, isotropic);
        ImagePlus output = ImagePlusConverter.toFloatImagePlus(request.render(model),
                ResultImages.unique(ImageFiles.baseName(file) + "-render"), request.voxelSize(model));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("model_file", file);
        record.put("region", regionText.isBlank() ? "all" : regionText);
        record.put("task", model.task());
        record.put("written_by", loaded.writtenBy());
        record.putAll(model.settings().asMap());
        FittedPositions.offGridWarning(model, loaded.metrics(), request).ifPresent(warning -> {
            record.put("warning", warning);
            IJ.log("ReLU-INR render " + file.getFileName() + ": " + warning);
        });
        output.setProperty("Info", ResultImages.info(record));
        return output;
    }
}
