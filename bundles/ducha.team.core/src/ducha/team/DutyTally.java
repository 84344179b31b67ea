package ducha.team;

/**
 * How many duties of one kind a supervisor performed in a period, as a plugin counted them.
 *
 * @param kind      the plugin's kind id, e.g. {@code study.review}
 * @param kindLabel its Chinese label, e.g. 月调阅
 * @param source    the plugin, e.g. {@code study}
 * @param count     how many
 */
public record DutyTally(String kind, String kindLabel, String source, int count) {
}
