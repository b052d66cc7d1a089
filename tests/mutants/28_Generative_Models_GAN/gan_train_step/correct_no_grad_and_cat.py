# 다른 올바른 형태: D 단계의 가짜 샘플은 no_grad로 만들고, 진짜와 가짜를 이어 붙여 D를 한 번만 부르며, G 단계에서 G(z)를 다시 계산한다
def gan_train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor,
) -> tuple[float, float]:
    with torch.no_grad():
        fake = G(z)
    D.zero_grad()
    logits = D(torch.cat([real, fake]))
    d_loss = discriminator_loss(logits[: real.shape[0]], logits[real.shape[0] :])
    d_loss.backward()
    opt_d.step()
    G.zero_grad()
    g_loss = generator_loss(D(G(z)))
    g_loss.backward()
    opt_g.step()
    return float(d_loss.detach()), float(g_loss.detach())
