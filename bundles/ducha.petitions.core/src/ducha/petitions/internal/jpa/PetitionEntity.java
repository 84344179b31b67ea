package ducha.petitions.internal.jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ducha.petitions.Channel;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.Petition;
import ducha.petitions.PetitionState;

/** Row of {@code petition}; the reporter only as sealed text. The API works with {@link Petition}. */
@Entity
@Table(name = "petition")
public class PetitionEntity extends NumberedRow {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (petitions migration V4). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "petition_no")
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel")
	private Channel channel;

	@Column(name = "received_on")
	private LocalDate receivedOn;

	@Column(name = "anonymous")
	private boolean anonymous;

	@Column(name = "reporter_sealed")
	private String reporterSealed;

	@Column(name = "summary")
	private String summary;

	@Column(name = "category")
	private String category;

	@Column(name = "referring_body")
	private String referringBody;

	@Column(name = "deadline")
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(name = "state")
	private PetitionState state;

	@Enumerated(EnumType.STRING)
	@Column(name = "conclusion")
	private Conclusion conclusion;

	@Column(name = "conclusion_text")
	private String conclusionText;

	@Column(name = "concluded_on")
	private LocalDate concludedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "disposition")
	private Disposition disposition;

	@Column(name = "disposition_text")
	private String dispositionText;

	@Column(name = "disposed_on")
	private LocalDate disposedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "registered_by")
	private String registeredBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "petition_staff", joinColumns = @JoinColumn(name = "petition_id"))
	@Column(name = "staff_no")
	@OrderBy
	private List<String> reportedStaff = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "petition_handler", joinColumns = @JoinColumn(name = "petition_id"))
	@Column(name = "username")
	@OrderBy
	private List<String> handlers = new ArrayList<>();

	protected PetitionEntity() {
	}

	public PetitionEntity(String number, Channel channel, LocalDate receivedOn, boolean anonymous,
			String reporterSealed, String summary, String category, String referringBody, LocalDate deadline,
			List<String> reportedStaff, String registeredBy) {
		this.number = number;
		this.channel = channel;
		this.receivedOn = receivedOn;
		this.anonymous = anonymous;
		this.reporterSealed = reporterSealed;
		this.summary = summary;
		this.category = category;
		this.referringBody = referringBody;
		this.deadline = deadline;
		this.reportedStaff.addAll(reportedStaff);
		this.registeredBy = registeredBy;
		this.state = PetitionState.REGISTERED;
	}

	/** The view every permitted reader gets: the reporter always as 受保护 or 匿名. */
	public Petition toRecord() {
		return new Petition(number, channel, receivedOn, anonymous ? Petition.ANONYMOUS : Petition.PROTECTED,
				reportedStaff, summary, category, referringBody, deadline, state, handlers, conclusion, conclusionText,
				concludedOn, disposition, dispositionText, disposedOn, closedOn, version);
	}

	public String number() {
		return number;
	}

	public boolean anonymous() {
		return anonymous;
	}

	public String reporterSealed() {
		return reporterSealed;
	}

	public PetitionState state() {
		return state;
	}

	public Conclusion conclusion() {
		return conclusion;
	}

	public List<String> reportedStaff() {
		return reportedStaff;
	}

	public List<String> handlers() {
		return handlers;
	}

	/** Sealed once the petition has its number and data key (the number is part of the associated data). */
	public void setReporterSealed(String sealed) {
		this.reporterSealed = sealed;
	}

	public void setHandlers(List<String> usernames) {
		handlers.clear();
		handlers.addAll(usernames);
	}

	public void setState(PetitionState state) {
		this.state = state;
	}

	public void conclude(Conclusion conclusion, String text, LocalDate on) {
		this.conclusion = conclusion;
		this.conclusionText = text;
		this.concludedOn = on;
		this.state = PetitionState.CONCLUDED;
	}

	public void dispose(Disposition disposition, String text, LocalDate on) {
		this.disposition = disposition;
		this.dispositionText = text;
		this.disposedOn = on;
		this.state = PetitionState.DISPOSED;
	}

	public void close(LocalDate on) {
		this.closedOn = on;
		this.state = PetitionState.CLOSED;
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
