// Super-Resolution with every key: the active image becomes `scale` times larger, with its
// scale x scale block averages matching the input. An open image named in ground_truth (the
// true high-resolution image, "none" for none) adds PSNR/SSIM of the result and of bicubic
// upscaling to the results.
// Headless:  ImageJ --headless -batch super_resolution.ijm "LOW.tif|HIGH.tif"   (HIGH optional)
truth = "none";
if (getArgument() != "") {
    args = split(getArgument(), "|");
    if (args.length > 1) {
        open(args[1]);
        truth = getTitle();
    }
    open(args[0]);
}
run("Super-Resolution...", "width=128 hidden_layers=2 c=3 learning_rate=0.003 iterations=200 seed=0 stop_loss=0 path_norm_weight=0 weight_decay=0 precision=fp32 batch_size=0 tv_weight=auto activation=bw_relu omega0=0 sigma0=10 scale=4 ground_truth=[" + truth + "] model_file=[] output_32bit show_plot");
print(getTitle() + ": " + getWidth() + "x" + getHeight() + ", PSNR " + getInfo("psnr") + " dB, bicubic " + getInfo("bicubic_psnr") + " dB");
