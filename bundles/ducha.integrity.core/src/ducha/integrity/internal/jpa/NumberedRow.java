package ducha.integrity.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A {@link RecordRow} keyed by its 编号 (column {@code record_no}, unique in its table), the record's second
 * component {@code recordNo}.
 */
@MappedSuperclass
public abstract class NumberedRow<R extends Record> extends RecordRow<R> {

	@Column(name = "record_no")
	private String recordNo;
}
