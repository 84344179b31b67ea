package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ducha.integrity.Book;

/** Row of {@code integrity_book}. */
@Entity
@Table(name = "integrity_book")
public class BookEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "book_no")
	private String bookNo;

	@Column(name = "title")
	private String title;

	@Column(name = "author")
	private String author;

	@Column(name = "publisher")
	private String publisher;

	@Column(name = "category")
	private String category;

	@Column(name = "added_date")
	private LocalDate addedDate;

	@Column(name = "removed_date")
	private LocalDate removedDate;

	protected BookEntity() {
	}

	public BookEntity(Book r) {
		bookNo = r.bookNo();
		update(r);
	}

	public void update(Book r) {
		title = r.title();
		author = r.author();
		publisher = r.publisher();
		category = r.category();
		addedDate = r.addedDate();
		removedDate = r.removedDate();
	}

	public Book toRecord() {
		return new Book(id, bookNo, title, author, publisher, category, addedDate, removedDate);
	}
}
