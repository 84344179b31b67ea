package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import ducha.integrity.Book;

/** Row of {@code integrity_book}. */
@Entity
@Table(name = "integrity_book")
public class BookEntity extends RecordRow<Book> {

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
}
