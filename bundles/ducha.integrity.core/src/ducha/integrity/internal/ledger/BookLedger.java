package ducha.integrity.internal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.integrity.Book;
import ducha.integrity.internal.jpa.BookEntity;

/** 清风书吧书目 ({@code integrity.books}): one row per copy in the reading corner. */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class BookLedger extends KeyedLedger<Book, BookEntity> {

	static final LedgerColumn NO = new LedgerColumn("bookNo", "书号", true, "QF-001", "每册书的固定编号");
	static final LedgerColumn TITLE = new LedgerColumn("title", "书名", true, "中国共产党纪律处分条例", "").limit(200);
	static final LedgerColumn AUTHOR = new LedgerColumn("author", "作者", false, "", "").limit(200);
	static final LedgerColumn PUBLISHER = new LedgerColumn("publisher", "出版社", false, "中国方正出版社", "").limit(200);
	static final LedgerColumn CATEGORY = new LedgerColumn("category", "分类", false, "党纪法规", "例如 党纪法规、廉政文化、警示教育")
			.limit(50);
	static final LedgerColumn ADDED = new LedgerColumn("addedDate", "入库日期", true, "2024-03-01", "不能晚于今天");
	static final LedgerColumn REMOVED = new LedgerColumn("removedDate", "下架日期", false, "", "仍在书吧的留空");

	@Activate
	public BookLedger(@Reference LedgerSupport support) {
		super(support, "integrity.books", "清风书吧书目",
				List.of(NO, TITLE, AUTHOR, PUBLISHER, CATEGORY, ADDED, REMOVED), BookEntity.class,
				"bookNo", Book::bookNo);
	}

	@Override
	protected Book parse(LedgerRowValidator v, LedgerRow row) {
		String title = v.text(row, TITLE);
		String author = v.text(row, AUTHOR);
		String publisher = v.text(row, PUBLISHER);
		String category = v.text(row, CATEGORY);
		LocalDate added = v.date(row, ADDED, LocalDate.now());
		LocalDate removed = v.date(row, REMOVED, null);
		Rows.notBefore(v, row, REMOVED, removed, ADDED, added);
		return v.hasProblems(row) ? null
				: new Book(0, row.get(NO.key()), title, author, publisher, category, added, removed);
	}

	@Override
	protected Function<Book, List<String>> cells() {
		return b -> List.of(b.bookNo(), b.title(), cell(b.author()), cell(b.publisher()), cell(b.category()),
				b.addedDate().toString(), cell(b.removedDate()));
	}
}
