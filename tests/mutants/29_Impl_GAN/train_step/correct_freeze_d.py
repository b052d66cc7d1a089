# 다른 올바른 구현: 생성자 단계에서 D의 requires_grad를 끄고 같은 z로 가짜를 다시 만든다 (softplus로 쓴 BCE)
def train_step(G, D, opt_g, opt_d, real, z=None):
    if z is None:
        z = torch.randn(real.shape[0], G.nz, device=real.device)
    with torch.no_grad():
        fake = G(z)
    opt_d.zero_grad(set_to_none=False)
    loss_d = F.softplus(-D(real)).mean() + F.softplus(D(fake)).mean()
    loss_d.backward()
    opt_d.step()
    D.requires_grad_(False)
    try:
        opt_g.zero_grad()
        loss_g = F.softplus(-D(G(z))).mean()
        loss_g.backward()
        opt_g.step()
    finally:
        D.requires_grad_(True)
    return loss_d.item(), loss_g.item()
