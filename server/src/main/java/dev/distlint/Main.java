package dev.distlint;
public final class Main { public static void main(String[] a) { } }
