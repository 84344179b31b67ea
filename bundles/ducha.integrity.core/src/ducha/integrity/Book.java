package ducha.integrity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One copy in the integrity reading corner (清风书吧).
 *
 * @param id          database id, 0 before it is stored
 * @param bookNo      书号 of the copy, e.g. QF-001
 * @param title       书名
 * @param author      作者, may be null
 * @param publisher   出版社, may be null
 * @param category    分类 (党纪法规, 廉政文化, 警示教育, ...), may be null
 * @param addedDate   day it was put in the corner
 * @param removedDate day it left the corner (lost, withdrawn), null while there
 */
public record Book(long id, String bookNo, String title, String author, String publisher, String category,
		LocalDate addedDate, LocalDate removedDate) {

	public Book {
		Objects.requireNonNull(bookNo, "bookNo");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(addedDate, "addedDate");
	}

	public boolean inCornerOn(LocalDate day) {
		return !addedDate.isAfter(day) && (removedDate == null || removedDate.isAfter(day));
	}
}
