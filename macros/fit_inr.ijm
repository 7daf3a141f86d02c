// Fit INR with every key written out, as the macro recorder records it (linear_layers, a
// checkbox, selects the paper's Linear-activation-Linear blocks, learn_c trains c with the weights;
// precision=bf16_backward or bf16 trade exactness for speed (README, Performance);
// leave a checkbox key out to switch it off; advanced is the tick that opens the second dialog
// and preview shows the image while it trains, neither of which a batch run needs).
// In Fiji: open an image, then Plugins > Macros > Run... this file.
// Headless, with the image as argument:  ImageJ --headless -batch fit_inr.ijm /path/to/image.tif
if (getArgument() != "") open(getArgument());
run("Fit INR...", "width=128 hidden_layers=3 c=9 learning_rate=0.003 iterations=300 seed=0 stop_loss=0 path_norm_weight=0 weight_decay=0 precision=fp32 batch_size=0 tv_weight=0 activation=bw_relu omega0=0 sigma0=10 linear_layers learn_c dimensions=2 model_file=[] output_32bit show_plot advanced preview");
print(getTitle() + ": " + getInfo("message") + ", PSNR " + getInfo("psnr") + " dB, SSIM " + getInfo("ssim"));
