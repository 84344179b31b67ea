package ducha.core.spi;

/**
 * What a dashboard tile shows.
 *
 * @param value   the main figure, e.g. "152"
 * @param caption one line under it, e.g. "其中在职 148 人"
 * @param level   how urgent: {@link Level#WARNING} and {@link Level#ALERT} are highlighted
 */
public record TileValue(String value, String caption, Level level) {

	public enum Level {
		NORMAL, WARNING, ALERT
	}
}
