package io.github.xxgk.template;

/** Text printed inside a table that is not a row or column label, e.g. the 勾稽关系 note of table 三. */
public record NoteSpec(String id, String label) {
}
