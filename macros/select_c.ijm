// Select c with every key: the task (here super-resolution) is fitted with each c in c_values
// until its data loss reaches stop_loss (or the iterations run out); the result is the fit with
// the lowest path norm among those that reached it, and the table has a row per c.
// Headless:  ImageJ --headless -batch select_c.ijm "LOW.tif|HIGH.tif"   (HIGH optional)
truth = "none";
if (getArgument() != "") {
    args = split(getArgument(), "|");
    if (args.length > 1) {
        open(args[1]);
        truth = getTitle();
    }
    open(args[0]);
}
run("Select c...", "task=superres width=64 hidden_layers=2 learning_rate=0.003 iterations=150 seed=0 stop_loss=0.0002 path_norm_weight=0 weight_decay=0 precision=fp32 batch_size=0 activation=bw_relu omega0=0 sigma0=10 scale=4 ground_truth=[" + truth + "] c_values=[1,2,3] model_file=[" + getDirectory("temp") + "select_c.inr]");
print(getTitle() + ": chosen c " + getInfo("chosen_c") + " (" + getInfo("selection") + "), PSNR " + getInfo("psnr") + " dB");
