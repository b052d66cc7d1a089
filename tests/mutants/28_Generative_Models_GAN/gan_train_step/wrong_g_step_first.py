# G 단계를 먼저 한다: G의 손실을 갱신 전의 D로 계산하고, D 단계는 갱신된 G의 샘플을 본다
def gan_train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor,
) -> tuple[float, float]:
    opt_g.zero_grad()
    g_loss = generator_loss(D(G(z)))
    g_loss.backward()
    opt_g.step()
    opt_d.zero_grad()
    d_loss = discriminator_loss(D(real), D(G(z).detach()))
    d_loss.backward()
    opt_d.step()
    return d_loss.item(), g_loss.item()
