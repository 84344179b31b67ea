package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A book recommendation published to the staff (好书推荐).
 *
 * @param id          database id, 0 before it is stored
 * @param recordNo    编号, e.g. TJ-2024-01
 * @param bookTitle   书名
 * @param date        day it was published
 * @param channel     where: 微信公众号, 院内网, 清风书吧展板, ...
 * @param recommender who recommended it, may be null
 * @param summary     推荐语, may be null
 */
public record BookRecommendation(long id, String recordNo, String bookTitle, LocalDate date, String channel,
		String recommender, String summary) {

	public BookRecommendation {
		Objects.requireNonNull(bookTitle, "bookTitle");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(channel, "channel");
	}
}
