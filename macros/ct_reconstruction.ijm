// CT Reconstruction with every key: an n x n image whose Radon transform matches the active
// sinogram (one row per angle, n detector bins; rows evenly spaced over [0, angle_range)
// unless angle_list gives them). An open image named in ground_truth ("none" for none) adds
// PSNR/SSIM of the result and of filtered back-projection to the results.
// Headless:  ImageJ --headless -batch ct_reconstruction.ijm "SINOGRAM.tif|TRUTH.tif"   (TRUTH optional)
truth = "none";
if (getArgument() != "") {
    args = split(getArgument(), "|");
    if (args.length > 1) {
        open(args[1]);
        truth = getTitle();
    }
    open(args[0]);
}
run("CT Reconstruction...", "width=128 hidden_layers=2 c=3 learning_rate=0.002 iterations=200 seed=0 stop_loss=0 path_norm_weight=0 weight_decay=0 precision=fp32 batch_size=0 tv_weight=auto activation=bw_relu omega0=0 sigma0=10 angle_range=180 angle_list= ground_truth=[" + truth + "] model_file=[] show_plot");
print(getTitle() + ": PSNR " + getInfo("psnr") + " dB, FBP " + getInfo("fbp_psnr") + " dB");
