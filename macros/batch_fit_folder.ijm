// Fits an INR to every image of a folder and saves each result and a CSV of metrics; a file
// that is skipped (not an image, or refused) has a row with the reason.
// Headless:  ImageJ --headless -batch batch_fit_folder.ijm "/data/in|/data/out"
// (Fiji:     ImageJ-linux64 --headless -batch batch_fit_folder.ijm "/data/in|/data/out")
args = split(getArgument(), "|");
if (args.length != 2) exit("give the input and output folders as one argument: \"INPUT|OUTPUT\"");
input = args[0];
output = args[1];
File.makeDirectory(output);
setBatchMode(true);
csv = "image,output,status,psnr,ssim,final_loss,iterations_run,seconds,reason";
files = getFileList(input);
for (i = 0; i < files.length; i++) {
    name = files[i];
    if (endsWith(name, "/")) continue;  // a folder
    if (!matches(toLowerCase(name), ".*\\.(tif|tiff|png|jpg|jpeg)$")) {
        csv = csv + "\n" + skipped(name, "not an image file (tif, tiff, png, jpg or jpeg)");
        continue;
    }
    open(input + File.separator + name);
    source = getImageID();
    run("Fit INR...", "width=64 hidden_layers=2 c=9 learning_rate=0.003 iterations=200 seed=0");
    if (getImageID() == source) {  // refused: the log names the image and the reason
        csv = csv + "\n" + skipped(name, call("org.reluinr.imagej.Messages.lastRefusal"));
        close();
        continue;
    }
    title = getTitle();
    saveAs("Tiff", output + File.separator + title + ".tif");
    csv = csv + "\n" + name + "," + title + ".tif," + getInfo("status") + "," + getInfo("psnr") + ","
        + getInfo("ssim") + "," + getInfo("final_loss") + "," + getInfo("iterations_run") + "," + getInfo("seconds") + ",";
    close();
    selectImage(source);
    close();
}
File.saveString(csv + "\n", output + File.separator + "metrics.csv");
print("wrote " + output + File.separator + "metrics.csv");

// A CSV row for a file that was not fitted; the reason is quoted, as it may hold commas.
function skipped(name, reason) {
    return name + ",,skipped,,,,,,\"" + replace(reason, "\"", "\"\"") + "\"";
}
