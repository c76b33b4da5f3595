package io.github.xxgk.core;

/** Hears of each checked file, from the checking threads: files done of the total and findings so far. */
public interface Progress {

    Progress NONE = (done, total, errors, warnings) -> {
    };

    void fileDone(int done, int total, long errors, long warnings);
}
