package org.luoshi.app;

/** Placeholder entry point; replaced by the real launcher in the same commit series. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Luoshi");
    }
}
