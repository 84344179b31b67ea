package ducha.cases.internal;

import ducha.cases.MarkKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A row of mark_keyword: one keyword of a kind's suggestion list. */
@Entity
@Table(name = "mark_keyword")
public class MarkKeywordEntity extends GeneratedIdEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "mark_kind")
	private MarkKind kind;
	private String word;

	protected MarkKeywordEntity() {
	}

	MarkKeywordEntity(MarkKind kind, String word) {
		this.kind = kind;
		this.word = word;
	}

	MarkKind kind() {
		return kind;
	}

	String word() {
		return word;
	}
}
