// Compare Activations with every key: the task (fit, superres or ct) runs once per activation
// (bw_relu, relu, relu_pe, siren, gauss, wire), each at its default learning rate; the result is
// their reconstructions side by side in that order, and a row per activation in the
// "ReLU-INR Results" table (one log line each).
// Headless:  ImageJ --headless -batch compare_activations.ijm /path/to/image.tif
if (getArgument() != "") open(getArgument());
run("Compare Activations...", "task=fit width=64 hidden_layers=3 c=9 iterations=100 seed=0 stop_loss=0 path_norm_weight=0 weight_decay=0 precision=fp32 batch_size=0 omega0=0 sigma0=10");
print(getTitle() + ": " + getWidth() + "x" + getHeight() + ", order " + getInfo("montage_order"));
