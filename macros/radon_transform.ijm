// Radon Transform with every key: the sinogram of the active square image, one row per angle
// and one column per detector bin. "angle_list" (a list in degrees, e.g. angle_list=[0, 4.5, 9])
// replaces the evenly spaced n_angles over [0, angle_range) when it is not empty.
// Headless:  ImageJ --headless -batch radon_transform.ijm /path/to/square_image.tif
if (getArgument() != "") open(getArgument());
run("Radon Transform...", "n_angles=45 angle_range=180 angle_list=");
print(getTitle() + ": " + getHeight() + " angles x " + getWidth() + " detector bins");
