// Calls the ImgLib2 API directly: any RandomAccessibleInterval of real values in,
// an Img<FloatType> and metrics out. Open an image, then run this in Fiji's script editor.
#@ ImagePlus imp

import net.imglib2.img.display.imagej.ImageJFunctions
import org.reluinr.api.FitInr
import org.reluinr.core.fit.FitSettings
import org.reluinr.imagej.ImagePlusImgs

def settings = FitSettings.builder().width(128).hiddenLayers(3).c(9).learningRate(0.003).iterations(300).seed(0).build()
// ImagePlusImgs.wrap views the current plane's pixels without copying them.
def result = FitInr.fit(ImagePlusImgs.wrap(imp.getProcessor()), settings)
println "status ${result.status()}, PSNR ${result.psnr()} dB, SSIM ${result.ssim()}"
ImageJFunctions.show(result.image(), imp.getShortTitle() + "-fit")
