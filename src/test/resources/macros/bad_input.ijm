// Each refused call must leave one log line and no new image.
run("Fit INR...", "width=32 iterations=5");
newImage("input", "32-bit ramp", 64, 48, 1);
run("Fit INR...", "widht=32 iterations=5");
run("Fit INR...", "width=32 iterations=0");
run("Fit INR...", "width=12.5 iterations=5");
run("Fit INR...", "width=32 c=-1 iterations=5");
getStatistics(area, mean, min, max);
print("AFTER=" + nImages + " " + getTitle() + " " + getWidth() + " " + getHeight() + " " + d2s(mean, 1) + " " + min + " " + d2s(max, 1));
run("Fit INR...", "width=32 learning_rate=abc iterations=5");
run("Super-Resolution...", "scale=two iterations=5 tv_weight=0");
run("Fit INR...", "width=32 iterations=5 tv_weight=much");
getStatistics(area, mean, min, max);
print("AFTER_NUMBERS=" + nImages + " " + getTitle());
