// Filtered Back-Projection with every key: reconstructs the active sinogram (one row per angle,
// rows evenly spaced over [0, angle_range) unless "angle_list" lists them, e.g. angle_list=[0, 90]).
// Filters: ramp, shepp_logan, cosine, hann.
// Headless:  ImageJ --headless -batch filtered_back_projection.ijm /path/to/sinogram.tif
if (getArgument() != "") open(getArgument());
run("Filtered Back-Projection...", "filter=ramp angle_range=180 angle_list=");
print(getTitle() + ": " + getWidth() + "x" + getHeight() + " reconstruction");
