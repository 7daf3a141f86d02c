// Fit an INR, save its model, then render the model at twice the density (Render INR Model...):
// width and height 0 keep the training size, region (x0,y0,x1,y1 in training pixels, ends
// included) selects a part; empty is the whole image.
// Headless:  ImageJ --headless -batch render_model.ijm /path/to/image.tif
if (getArgument() != "") open(getArgument());
w = getWidth();
h = getHeight();
model = getDirectory("temp") + File.nameWithoutExtension + ".inr";
run("Fit INR...", "width=64 hidden_layers=3 c=9 learning_rate=0.003 iterations=200 seed=0 stop_loss=0 path_norm_weight=0 weight_decay=0 batch_size=0 activation=bw_relu omega0=0 sigma0=10 model_file=[" + model + "] output_32bit");
run("Render INR Model...", "model_file=[" + model + "] width=" + (2 * w - 1) + " height=" + (2 * h - 1) + " depth=0 region=");
print(getTitle() + ": " + getWidth() + "x" + getHeight() + " from " + getInfo("model_file"));
