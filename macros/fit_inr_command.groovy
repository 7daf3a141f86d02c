// Runs the Fit INR command through SciJava's CommandService, with the macro keys as
// parameter names. Open an image, then run this in Fiji's script editor (language Groovy).
#@ CommandService commands
#@ ImagePlus imp

import org.reluinr.commands.FitInrCommand

def module = commands.run(FitInrCommand, true,
        "image", imp, "width", 128, "hidden_layers", 3, "c", 9.0d, "learning_rate", 0.003d,
        "iterations", 300, "seed", 0L, "show_plot", false).get()
if (module.isCanceled()) {
    println "refused: " + module.getCancelReason()
} else {
    def result = module.getOutput("result")
    result.show()
    println result.getTitle() + ": PSNR " + result.getStringProperty("psnr") + " dB"
}
