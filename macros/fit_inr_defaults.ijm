// Fit INR with the built-in defaults (width 256, 3 hidden layers, c 9, learning rate 0.003,
// 300 iterations, tv_weight auto: bicubic between the pixels, seed 0). Settings never carry over from the last dialog, so this call
// always means the same thing. Headless:  ImageJ --headless -batch fit_inr_defaults.ijm IMAGE
if (getArgument() != "") open(getArgument());
run("Fit INR...", " ");
print(getTitle() + ": PSNR " + getInfo("psnr") + " dB after " + getInfo("iterations_run") + " iterations");
