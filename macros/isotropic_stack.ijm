// Make an anisotropic z-stack isotropic: fit all its slices as one 3D INR (dimensions=3; the
// calibration's voxel depth scales z), save the model, then render it with as many slices as
// make the voxels as deep as they are wide (isotropic). The function must be smooth between
// slices: tv_weight auto (the default) chooses c among 1 and 2 (the values up to the c given)
// by how well the even slices predict the odd ones; see the README, "Stacks and volumes".
// Headless:  ImageJ --headless -batch isotropic_stack.ijm /path/to/stack.tif
if (getArgument() != "") open(getArgument());
model = getDirectory("temp") + File.nameWithoutExtension + "-3d.inr";
run("Fit INR...", "width=128 hidden_layers=3 c=2 learning_rate=0.003 iterations=200 seed=0 stop_loss=0 path_norm_weight=0 weight_decay=0 batch_size=0 activation=bw_relu omega0=0 sigma0=10 dimensions=3 model_file=[" + model + "]");
run("Render INR Model...", "model_file=[" + model + "] width=0 height=0 depth=0 isotropic region=");
getVoxelSize(pw, ph, pd, unit);
print(getTitle() + ": " + nSlices + " slices, voxel " + pw + " x " + ph + " x " + pd + " " + unit);
