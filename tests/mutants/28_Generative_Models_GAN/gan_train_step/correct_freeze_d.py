# 다른 올바른 형태: G 단계 동안 D를 requires_grad_(False)로 얼렸다가 되돌린다 (zero_grad는 맨 앞에서 한꺼번에)
def gan_train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor,
) -> tuple[float, float]:
    opt_d.zero_grad()
    opt_g.zero_grad()
    fake = G(z)
    d_loss = discriminator_loss(D(real), D(fake.detach()))
    d_loss.backward()
    opt_d.step()
    D.requires_grad_(False)
    try:
        g_loss = generator_loss(D(fake))
        g_loss.backward()
    finally:
        D.requires_grad_(True)
    opt_g.step()
    return d_loss.item(), g_loss.item()
