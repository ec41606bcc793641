using FluentValidation;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.Organisation;

/// <summary>A refusal of a save before the domain is asked: a message key at a request field.</summary>
internal sealed record MasterDataRefusal(string Field, string Message);

/// <summary>
/// The one create/update path of a kind of master data. The admin pages and the API (through
/// <see cref="MasterDataService"/>) and the CSV import (<see cref="Csv.MasterDataImportService"/>) all go
/// through it: the same validator, the same look-ups, the same domain calls and the same audit rows.
/// Finding the item differs (by id and version for a save, by code for an import); what is done to it does not.
/// The domain's refusals come as <see cref="Domain.Organisation.OrganisationRulesException"/>, which the callers map
/// with <see cref="MasterDataMessages.Errors"/>.
/// </summary>
internal abstract class MasterDataPath<TRequest, TEntity>
    where TRequest : IMasterDataRequest
    where TEntity : class
{
    public abstract MasterDataKind Kind { get; }

    public abstract IValidator<TRequest> Validator { get; }

    /// <summary>
    /// Whether a save writes the item's row even when none of its columns changed: a region does, because its
    /// memberships live in another table and the row's version guards them.
    /// </summary>
    public virtual bool WritesRowOnEverySave => false;

    public abstract Task<TEntity?> FindAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken);

    public abstract Task<bool> CodeTakenAsync(ISalesPlanningDb db, string code, CancellationToken cancellationToken);

    /// <summary>Every item, tracked, by code (an import's look-up).</summary>
    public abstract Task<Dictionary<string, TEntity>> ByCodeAsync(ISalesPlanningDb db, CancellationToken cancellationToken);

    public abstract Guid IdOf(TEntity entity);

    public abstract uint VersionOf(TEntity entity);

    public abstract string CodeOf(TEntity entity);

    /// <summary>Whether what the request names (a manager, a product line) exists: a refusal when not.</summary>
    public virtual Task<MasterDataRefusal?> CheckReferencesAsync(MasterDataEdit edit, TRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<MasterDataRefusal?>(null);

    /// <summary>Creates the item, inactive when <paramref name="active"/> is false (an import may say so), adds and audits it.</summary>
    public abstract Task<TEntity> CreateAsync(MasterDataEdit edit, TRequest request, bool active, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the item as the request says and, when <paramref name="active"/> says so (an import), reactivates or
    /// deactivates it; audits each change. Whether anything changed.
    /// </summary>
    public abstract Task<bool> ChangeAsync(MasterDataEdit edit, TEntity entity, TRequest request, bool? active, CancellationToken cancellationToken);

    /// <summary>Deactivates a new item an import brings in as inactive (its "Created" row says enough).</summary>
    protected static void StartInactive(bool active, Action deactivate)
    {
        if (!active)
        {
            deactivate();
        }
    }

    /// <summary>Reactivates or deactivates the item when the import asks for the other state; whether it did.</summary>
    protected static bool Activate(MasterDataEdit edit, string entityType, string code, bool isActive, bool? wanted, Action activate, Action deactivate)
    {
        if (wanted is not { } active || active == isActive)
        {
            return false;
        }

        edit.SetActive(entityType, code, active, activate, deactivate);
        return true;
    }
}
