package ducha.integrity.internal.jpa;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A {@link NumberedRow} about one staff member on one day (talks, dispositions): the columns the services that list
 * a person's records query by. The day's column is named by each table ({@code @AttributeOverride} of
 * {@code date}).
 */
@MappedSuperclass
public abstract class StaffRow<R extends Record> extends NumberedRow<R> {

	@Column(name = "staff_no")
	private String staffNo;

	@Column(name = "record_date")
	private LocalDate date;
}
