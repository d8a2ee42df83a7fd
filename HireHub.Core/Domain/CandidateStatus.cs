namespace HireHub.Core.Domain;

public enum CandidateStatus
{
    NotProcessed = 0,
    Hired = 1,
    NotHired = 2,
    Dismissed = 3,
}
