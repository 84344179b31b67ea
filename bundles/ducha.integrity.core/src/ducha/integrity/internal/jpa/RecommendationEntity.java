package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.integrity.BookRecommendation;

/** Row of {@code integrity_recommendation}. */
@Entity
@Table(name = "integrity_recommendation")
public class RecommendationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "record_no")
	private String recordNo;

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

	protected RecommendationEntity() {
	}

	public RecommendationEntity(BookRecommendation r) {
		recordNo = r.recordNo();
		update(r);
	}

	public void update(BookRecommendation r) {
		bookTitle = r.bookTitle();
		date = r.date();
		channel = r.channel();
		recommender = r.recommender();
		summary = r.summary();
	}

	public BookRecommendation toRecord() {
		return new BookRecommendation(id, recordNo, bookTitle, date, channel, recommender, summary);
	}
}
