package dev.lightwork.ui;

import java.lang.management.ManagementFactory;

/** When the first workbench window opened, measured from the JVM's start (the figure the README reports). */
public final class StartupTime {

    private static volatile long firstWindowMillis = -1;

    private StartupTime() {
    }

    static void firstWindowOpened() {
        if (firstWindowMillis < 0) {
            firstWindowMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        }
    }

    /** Milliseconds from JVM start to the first open workbench window, or -1 before it opened. */
    public static long firstWindowMillis() {
        return firstWindowMillis;
    }
}
