package ducha.inspections.internal.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ducha.inspections.Checklist;

/** Row of {@code insp_checklist}, one version of a template, with its items in {@code insp_checklist_item}. */
@Entity
@Table(name = "insp_checklist")
public class ChecklistEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;

	@Column(name = "code")
	private String code;

	@Column(name = "version")
	private int version;

	@Column(name = "title")
	private String title;

	@Column(name = "saved_on")
	private LocalDate savedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
	private List<ChecklistItemValue> items = new ArrayList<>();

	protected ChecklistEntity() {
	}

	public ChecklistEntity(Checklist checklist) {
		code = checklist.code();
		version = checklist.version();
		title = checklist.title();
		savedOn = checklist.savedOn();
		for (int i = 0; i < checklist.items().size(); i++) {
			items.add(new ChecklistItemValue(i + 1, checklist.items().get(i)));
		}
	}

	public Checklist toRecord() {
		return new Checklist(code, version, title, savedOn, items.stream()
				.sorted(Comparator.comparingInt(ChecklistItemValue::position)).map(ChecklistItemValue::toRecord)
				.toList());
	}
}
