/// caseload's version, written here only: `caseload --version` prints it.
public let caseloadVersion = "0.9.0"
