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
import ducha.integrity.BookRecommendation;
import ducha.integrity.internal.jpa.RecommendationEntity;

/** 好书推荐 ({@code integrity.recommendations}). */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class RecommendationLedger extends KeyedLedger<BookRecommendation, RecommendationEntity> {

	static final LedgerColumn NO = new LedgerColumn("recordNo", "编号", true, "TJ2024-01", "推荐的固定编号");
	static final LedgerColumn TITLE = new LedgerColumn("bookTitle", "书名", true, "苏东坡传", "").limit(200);
	static final LedgerColumn DATE = new LedgerColumn("date", "推荐日期", true, "2024-04-23", "不能晚于今天");
	static final LedgerColumn CHANNEL = new LedgerColumn("channel", "推荐渠道", true, "微信公众号", "例如 微信公众号、院内网、清风书吧展板")
			.limit(50);
	static final LedgerColumn RECOMMENDER = new LedgerColumn("recommender", "推荐人", false, "", "").limit(100);
	static final LedgerColumn SUMMARY = new LedgerColumn("summary", "推荐语", false, "", "").limit(2000);

	@Activate
	public RecommendationLedger(@Reference LedgerSupport support) {
		super(support, "integrity.recommendations", "好书推荐",
				List.of(NO, TITLE, DATE, CHANNEL, RECOMMENDER, SUMMARY), RecommendationEntity.class,
				"recordNo", BookRecommendation::recordNo);
	}

	@Override
	protected BookRecommendation parse(LedgerRowValidator v, LedgerRow row) {
		String title = v.text(row, TITLE);
		LocalDate date = v.date(row, DATE, LocalDate.now());
		String channel = v.text(row, CHANNEL);
		String recommender = v.text(row, RECOMMENDER);
		String summary = v.text(row, SUMMARY);
		return v.hasProblems(row) ? null
				: new BookRecommendation(0, row.get(NO.key()), title, date, channel, recommender, summary);
	}

	@Override
	protected Function<BookRecommendation, List<String>> cells() {
		return r -> List.of(r.recordNo(), r.bookTitle(), r.date().toString(), r.channel(), cell(r.recommender()),
				cell(r.summary()));
	}
}
