package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.integrity.BookRecommendation;

/** Row of {@code integrity_recommendation}. */
@Entity
@Table(name = "integrity_recommendation")
public class RecommendationEntity extends NumberedRow<BookRecommendation> {

	@Column(name = "book_title")
	private String bookTitle;

	@Column(name = "recommend_date")
	private LocalDate date;

	@Column(name = "channel")
	private String channel;

	@Column(name = "recommender")
	private String recommender;

	@Column(name = "summary")
	private String summary;
}
