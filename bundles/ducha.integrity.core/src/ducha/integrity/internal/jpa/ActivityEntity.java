package ducha.integrity.internal.jpa;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ducha.integrity.EducationActivity;

/** Row of {@code integrity_activity} with its participants in {@code integrity_activity_participant}. */
@Entity
@Table(name = "integrity_activity")
public class ActivityEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "record_no")
	private String recordNo;

	@Column(name = "title")
	private String title;

	@Column(name = "activity_kind")
	private String kind;

	@Column(name = "activity_date")
	private LocalDate date;

	@Column(name = "description")
	private String description;

	@ElementCollection
	@CollectionTable(name = "integrity_activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "staff_no")
	private Set<String> participants = new HashSet<>();

	protected ActivityEntity() {
	}

	public ActivityEntity(EducationActivity activity) {
		recordNo = activity.recordNo();
		update(activity);
	}

	public void update(EducationActivity a) {
		title = a.title();
		kind = a.kind();
		date = a.date();
		description = a.description();
		participants.clear();
		participants.addAll(a.participants());
	}

	public EducationActivity toRecord() {
		return new EducationActivity(id, recordNo, title, kind, date, description, participants);
	}
}
