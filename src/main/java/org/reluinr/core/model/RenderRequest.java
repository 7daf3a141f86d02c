package org.reluinr.core.model;

import org.reluinr.core.image.FloatImage;

/**
 * What to render of a model, resolved against it: the grid sizes (a requested 0 keeps the
 * training size; isotropic picks the depth that makes voxels cubic) and the region, one
 * [from, to] pair per axis in training pixels.
 */
public record RenderRequest(int[] sizes, double[][] region) {

    /**
     * @param requested width, height, depth; 0 keeps the training size (depth is for volume models)
     * @param region "x0,y0,x1,y1" (volumes "x0,y0,z0,x1,y1,z1"); null or blank for all
     */
    public static RenderRequest of(InrModel model, int[] requested, String region, boolean isotropic) {
        for (int r : requested) {
            if (r < 0) {
                throw new IllegalArgumentException("width, height and depth must be 0 (training size) or positive");
            }
        }
        int[] sizes = model.gridSizes();
        if (requested[2] > 0 && sizes.length < 3) {
            throw new IllegalArgumentException("depth applies to volume models; this model is " + sizes.length
                    + "D: leave depth at 0");
        }
        for (int a = 0; a < sizes.length; a++) {
            if (requested[a] > 0) {
                sizes[a] = requested[a];
            }
        }
        double[][] extent = model.parseRegion(region);
        if (isotropic) {
            if (requested[2] > 0) {
                throw new IllegalArgumentException("give either depth or isotropic, not both");
            }
            sizes[2] = model.isotropicDepth(sizes[0], extent);
        }
        return new RenderRequest(sizes, extent);
    }

    /** Samples the model as requested. */
    public FloatImage render(InrModel model) {
        return model.render(sizes, region);
    }

    /** The voxel size of the rendered image. */
    public VoxelSize voxelSize(InrModel model) {
        return model.renderedVoxelSize(sizes, region);
    }
}
