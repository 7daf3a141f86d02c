// The argument is a 64-bin sinogram of 45 angles. Each refused call leaves one log line and no new image.
open(getArgument());
run("Filtered Back-Projection...", "filter=ramp angle_list=[0, 90]");
run("Radon Transform...", "n_angles=10");
newImage("rgb", "RGB ramp", 32, 32, 1);
run("Radon Transform...", "n_angles=10");
run("Filtered Back-Projection...", "n_angles=10");
print("AFTER=" + nImages);
sinogram = "phantom64_sinogram_45angles.tif";
newImage("small_truth", "32-bit black", 32, 32, 1);
selectImage(sinogram);
run("CT Reconstruction...", "iterations=5 ground_truth=small_truth");
newImage("sinograms", "32-bit ramp", 64, 45, 2);
run("CT Reconstruction...", "iterations=5");
print("AFTER_CT=" + nImages);
