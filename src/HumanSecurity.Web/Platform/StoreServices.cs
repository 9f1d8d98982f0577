using HumanSecurity.Access;
using HumanSecurity.Storage;

namespace HumanSecurity.Web.Platform;

/// <summary>The store the app serves, as given (endpoints get <see cref="IStore"/> as the caller may see it, see
/// <c>Security.CallerStoreView</c>), and its access-control side when the backend keeps one.</summary>
public sealed record StoreServices(IStore Store, IAccessStore? Access)
{
    public static StoreServices Of(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new StoreServices(store, store as IAccessStore);
    }
}
