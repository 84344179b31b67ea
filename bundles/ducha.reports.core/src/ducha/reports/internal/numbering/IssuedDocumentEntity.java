package ducha.reports.internal.numbering;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A number handed out: which document got it, when and by whom. Unique per kind, year and number. Written by the
 * numbering service over the issuing transaction's connection; read here for the chart of documents issued.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocumentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "kind", nullable = false)
	private String kind;

	@Column(name = "doc_year", nullable = false)
	private int year;

	@Column(name = "doc_number", nullable = false)
	private int number;

	@Column(name = "title", nullable = false)
	private String title;

	@Column(name = "issued_at", nullable = false)
	private LocalDateTime issuedAt;

	@Column(name = "issued_by", nullable = false)
	private String issuedBy;

	protected IssuedDocumentEntity() {
	}
}
